// Partnership Lifecycle's own Tasklist: the product's name in the header (Camunda's web app config, served by the app),
// and the fix that lets forms with a dynamic list be completed (scripts/form-list-validation.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Partnership Lifecycle'
  },
  customScripts: ['scripts/form-list-validation']
};
