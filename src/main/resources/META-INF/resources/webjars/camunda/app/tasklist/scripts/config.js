// Partnership Lifecycle's own Tasklist: the product's name in the header (Camunda's web app config, served by the app),
// the fix that lets forms with a dynamic list be completed (scripts/form-list-validation.js), and the end of a partner
// contact's link session (scripts/link-session-end.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Partnership Lifecycle'
  },
  customScripts: ['scripts/form-list-validation', 'scripts/link-session-end']
};
