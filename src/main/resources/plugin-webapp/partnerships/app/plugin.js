// Cockpit dashboard plugin "Partnerships": the portfolio at a glance, each line linking to the partner's lifecycle.
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
})[c]);

const STAGES = ['CANDIDATE', 'PILOT', 'EVALUATION', 'AGREEMENT', 'ACTIVE', 'DISSOLVING', 'DISSOLVED', 'REJECTED', 'WITHDRAWN'];

function lines(title, items, empty) {
  const rows = items.map((line) => `
    <tr>
      <td><a href="#/process-instance/${encodeURIComponent(line.processInstanceId)}/runtime">${escape(line.name)}</a></td>
      <td>${escape(line.detail)}</td>
      <td>${escape(line.date)}</td>
    </tr>`).join('');
  return `
    <section class="partnerships-section">
      <h4>${escape(title)} <span class="badge">${items.length}</span></h4>
      ${items.length === 0 ? `<p class="text-muted">${escape(empty)}</p>` : `
      <table class="table table-condensed cam-table">
        <thead><tr><th>Partner</th><th>What</th><th>Date</th></tr></thead>
        <tbody>${rows}</tbody>
      </table>`}
    </section>`;
}

const link = (partner) =>
  `<a href="#/process-instance/${encodeURIComponent(partner.processInstanceId)}/runtime">${escape(partner.name)}</a>`;

const health = (partner) => partner.health === 'NOT_REVIEWED' ? 'not reviewed yet'
  : `${partner.health.toLowerCase()} at review ${partner.lastReview} (lowest side ${partner.lowestAverageRating.toFixed(1)})`;

function candidates(items) {
  const rows = items.map((pair) => `
    <tr>
      <td>${escape(pair.sharedCapabilities.join(', '))}</td>
      <td>${link(pair.weaker)}<br><small class="text-muted">${escape(health(pair.weaker))}</small></td>
      <td>${link(pair.stronger)}<br><small class="text-muted">${escape(health(pair.stronger))}</small></td>
    </tr>`).join('');
  return `
    <section class="partnerships-section">
      <h4>Consolidation candidates <span class="badge">${items.length}</span></h4>
      ${items.length === 0 ? '<p class="text-muted">No two active partners provide the same capability.</p>' : `
      <table class="table table-condensed cam-table">
        <thead><tr><th>Both provide</th><th>Weaker</th><th>Stronger</th></tr></thead>
        <tbody>${rows}</tbody>
      </table>`}
    </section>`;
}

function summit(outcome) {
  if (!outcome) {
    return '<section class="partnerships-section"><h4>Last summit</h4><p class="text-muted">No summit yet.</p></section>';
  }
  return `
    <section class="partnerships-section">
      <h4>Last summit: ${escape(outcome.title)} <small>${escape(outcome.status.toLowerCase())}</small></h4>
      <p>${outcome.invited} invited, ${outcome.proposed} proposed, ${outcome.noProposal} without a proposal;
        ${outcome.accepted} proposals accepted, ${outcome.declined} declined.</p>
    </section>`;
}

export default {
  id: 'partnerships.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, { api }) => {
    node.innerHTML = '<section class="partnerships"><h3>Partnerships</h3><p class="text-muted">Loading…</p></section>';
    fetch(`${api.cockpitApi}/plugin/partnerships/${api.engine}/dashboard`, {
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    })
      .then((response) => {
        if (response.status === 403) {
          throw new Error('The portfolio is for the buyer\'s people.');
        }
        if (!response.ok) {
          throw new Error(`The portfolio could not be loaded (${response.status}).`);
        }
        return response.json();
      })
      .then((data) => {
        const stages = STAGES.map((stage) => `<tr><td>${stage}</td><td>${data.byStage[stage] ?? 0}</td></tr>`).join('');
        const modes = ['VENDOR', 'PARTNER'].map((mode) => `<tr><td>${mode}</td><td>${data.activeByMode[mode] ?? 0}</td></tr>`).join('');
        node.innerHTML = `
          <section class="partnerships">
            <h3>Partnerships</h3>
            <div class="row">
              <div class="col-md-3">
                <h4>By stage</h4>
                <table class="table table-condensed cam-table"><tbody>${stages}</tbody></table>
                <h4>Active, by mode</h4>
                <table class="table table-condensed cam-table"><tbody>${modes}</tbody></table>
              </div>
              <div class="col-md-9">
                ${lines('Reviews due in the next 30 days', data.reviewsDueSoon, 'No review is due in the next 30 days.')}
                ${lines('Overdue reviews', data.overdueReviews, 'No review is overdue.')}
                ${lines('Health fell at the last review', data.healthFell, 'No partnership became unhealthy at its last review.')}
                ${candidates(data.consolidationCandidates)}
                ${summit(data.lastSummit)}
              </div>
            </div>
          </section>`;
      })
      .catch((error) => {
        node.innerHTML = `<section class="partnerships"><h3>Partnerships</h3><p class="text-danger">${escape(error.message)}</p></section>`;
      });
  }
};
