import { useState } from "react";

/**
 * The text values of a form, and `bind(key)`: value, onChange and error of one field, to spread
 * into a kit field (`<TextField id=… label=… {...bind("name")} />`). The error stands under `key`
 * in `errors` (from `fieldErrors`) unless the API names the field differently (`errorKey`).
 */
export function useFieldValues<V extends { [K in keyof V]: string }>(
  initial: V,
  errors: Record<string, string>,
) {
  const [values, setValues] = useState(initial);
  const set = (key: keyof V) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const bind = (key: keyof V & string, errorKey: string = key) => ({
    value: values[key],
    onChange: set(key),
    error: errors[errorKey],
  });
  return { values, setValues, set, bind };
}
