// A partner contact signed in by a link (partneraccess.LinkSession) has no password: when its session ends (its task
// is done, or its 60 minutes are over) the server answers the next call 401 with type "LinkSessionEnded". Tasklist
// would then show its login form; the contact is taken to the page that says the session has ended instead.
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.send = function sendWatchingTheLinkSession(...args) {
  this.addEventListener('load', () => {
    let ended = false;
    try {
      ended = this.status === 401 && (this.responseType === '' || this.responseType === 'text')
        && this.responseText.includes('"LinkSessionEnded"');
    } catch (unreadable) {
      ended = false;
    }
    if (ended) {
      const root = window.location.pathname.split('/camunda/')[0];
      window.location.replace(root + '/partner-access/ended');
    }
  });
  return send.apply(this, args);
};

export default [];
