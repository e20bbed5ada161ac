// Kept only for src/web/reports (changed on another branch at the time): import from "./form" instead.
export { Checkbox, fieldErrors, TextArea, TextField } from "./form";
