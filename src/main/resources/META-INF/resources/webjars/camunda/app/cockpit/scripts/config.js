// Partnership Lifecycle's own Cockpit: the product's name in the header (Camunda's web app config, served by the app).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Partnership Lifecycle'
  }
};
