// Ink imports react-devtools-core only when DEV is set; the bundle needs no copy of it.
export default {};
