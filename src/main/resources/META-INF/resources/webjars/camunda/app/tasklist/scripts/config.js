// Partnership Lifecycle's own Tasklist: the product's name in the header (Camunda's web app config, served by the app).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Partnership Lifecycle'
  }
};
