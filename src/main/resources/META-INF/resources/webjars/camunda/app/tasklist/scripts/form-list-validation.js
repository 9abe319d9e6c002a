// Work-around for Camunda 7.24 Tasklist with Camunda Forms that hold a dynamic list (pilots, participants,
// proposals). form-js reports the fields of a list row by row ({"Field_pilots_title": [["Field is required."]]}),
// checked against the wrong values: a title that is filled in is still "required", and an empty entry
// ({"Field_x": []}) counts too. Tasklist counts the keys of that result, so "Complete" stays disabled and a
// submission is refused although the form is filled in correctly.
// When Tasklist asks Object.keys() of such a result (component ids mapped to lists), only the fields with a
// message of their own are counted; the rows of lists are left to the server, which checks every submission and
// names the row and field at fault ("pilots[1].title: is required"). Every other object is untouched.
const keys = Object.keys;
const COMPONENT_ID = /^(Field|Context|List|Table|Text)_\w+$/;

Object.keys = function keysOf(object) {
  const result = keys(object);
  if (object !== null && typeof object === 'object' && result.length > 0
      && result.every((key) => COMPONENT_ID.test(key) && Array.isArray(object[key]))) {
    return result.filter((key) => object[key].some((message) => typeof message === 'string'));
  }
  return result;
};

export default [];
