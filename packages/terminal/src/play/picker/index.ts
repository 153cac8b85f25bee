export { Picker } from './picker.js';
export { PickerScreen } from './picker-screen.js';
