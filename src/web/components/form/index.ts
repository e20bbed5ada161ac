export { CheckboxGroup } from "./CheckboxGroup";
export { Field, FieldError, type FieldFrame, wiringOf } from "./Field";
export { FileImportField, type FileUpload, readUpload } from "./FileImportField";
export { fieldErrors } from "./fieldErrors";
export { Checkbox, SelectField, TextArea, TextField } from "./inputs";
export { useFieldValues } from "./useFieldValues";
