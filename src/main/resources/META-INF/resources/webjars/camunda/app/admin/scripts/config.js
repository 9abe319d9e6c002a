// Partnership Lifecycle's own Admin: the product's name in the header (Camunda's web app config, served by the app).
export default {
  app: {
    name: 'Admin',
    vendor: 'Partnership Lifecycle'
  }
};
