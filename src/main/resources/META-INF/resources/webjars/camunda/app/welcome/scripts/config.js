// Partnership Lifecycle's own Welcome: the product's name in the header (Camunda's web app config, served by the app).
export default {
  app: {
    name: 'Welcome',
    vendor: 'Partnership Lifecycle'
  }
};
