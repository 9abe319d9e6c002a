// Cockpit plugins "Partnerships": the portfolio on the dashboard and on a page of its own (top navigation), and the
// partner view, which draws how one partnership is going with ECharts (served from /webjars, loaded on demand).
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
})[c]);

const STAGES = ['CANDIDATE', 'PILOT', 'EVALUATION', 'AGREEMENT', 'ACTIVE', 'DISSOLVING', 'DISSOLVED', 'REJECTED', 'WITHDRAWN'];

/** A stage or mode as people read it: "Evaluation", not "EVALUATION". */
const words = (constant) => String(constant ?? '').charAt(0) + String(constant ?? '').slice(1).toLowerCase().replace(/_/g, ' ');

const partnerView = (partnerId) => `#/partnerships?partner=${encodeURIComponent(partnerId)}`;

/** Reads JSON from the plugin's own resource; 403 and 404 say what they mean in a sentence. */
function load(api, path) {
  return fetch(`${api.cockpitApi}/plugin/partnerships/${api.engine}/${path}`, {
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  }).then((response) => {
    if (response.status === 403 || response.status === 404) {
      return response.json().then((body) => { throw new Error(body.detail); });
    }
    if (!response.ok) {
      throw new Error(`The partnerships could not be loaded (${response.status}).`);
    }
    return response.json();
  });
}

// the portfolio

function lines(title, items, empty) {
  const rows = items.map((line) => `
    <tr>
      <td><a href="${partnerView(line.partnerId)}">${escape(line.name)}</a></td>
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

const link = (partner) => `<a href="${partnerView(partner.partnerId)}">${escape(partner.name)}</a>`;

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

function gaps(items) {
  const rows = items.map((gap) => `
    <tr>
      <td>${link(gap)}</td>
      <td>${escape(gap.value)} at review ${gap.review}${gap.flagged ? ' <span class="label label-warning">flagged</span>' : ''}</td>
      <td>we rate ${gap.buyer}, they rate ${gap.provider}: a gap of ${gap.gap}</td>
    </tr>`).join('');
  return `
    <section class="partnerships-section">
      <h4>Largest perception gaps <span class="badge">${items.length}</span></h4>
      ${items.length === 0 ? '<p class="text-muted">No active partnership has revealed ratings yet.</p>' : `
      <table class="table table-condensed cam-table">
        <thead><tr><th>Partner</th><th>Value</th><th>Ratings (1–5)</th></tr></thead>
        <tbody>${rows}</tbody>
      </table>`}
    </section>`;
}

const percent = (value) => value === null || value === undefined ? 'none due yet' : `${value} %`;

function commitments(items) {
  const rows = items.map((line) => `
    <tr>
      <td>${link(line)}</td>
      <td>${line.overdue > 0 ? `<strong class="text-danger">${line.overdue} overdue</strong>` : '0 overdue'} of ${line.open} open</td>
      <td>${percent(line.buyerPercent)}</td>
      <td>${percent(line.providerPercent)}</td>
    </tr>`).join('');
  return `
    <section class="partnerships-section">
      <h4>Action items <span class="badge">${items.length}</span></h4>
      ${items.length === 0 ? '<p class="text-muted">No review has agreed action items yet.</p>' : `
      <table class="table table-condensed cam-table">
        <thead><tr><th>Partner</th><th>Open</th><th>Our side on time</th><th>Partner on time</th></tr></thead>
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

function renderPortfolio(node, api) {
  node.innerHTML = '<section class="partnerships"><h3>Partnerships</h3><p class="text-muted">Loading…</p></section>';
  load(api, 'dashboard')
    .then((data) => {
      const stages = STAGES.map((stage) => `<tr><td>${words(stage)}</td><td>${data.byStage[stage] ?? 0}</td></tr>`).join('');
      const modes = ['VENDOR', 'PARTNER'].map((mode) => `<tr><td>${words(mode)}</td><td>${data.activeByMode[mode] ?? 0}</td></tr>`).join('');
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
              ${gaps(data.largestPerceptionGaps)}
              ${commitments(data.commitments)}
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

// the partner view

let charts;

/** ECharts' self-contained build, from the application's /webjars (Cockpit's CSP trusts what its plugins load). */
function loadCharts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  charts ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/webjars/echarts/5.3.1/dist/echarts.min.js';
    script.onload = () => resolve(window.echarts);
    script.onerror = () => reject(new Error('The charting library could not be loaded.'));
    document.head.appendChild(script);
  });
  return charts;
}

const OURS = '#1f77b4';
const THEIRS = '#ff7f0e';

function chart(echarts, element, option) {
  const instance = echarts.init(element, null, { renderer: 'svg' });
  // one font for measuring and drawing, so legend entries do not overlap
  instance.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'Arial, Helvetica, sans-serif' } }, option));
  window.addEventListener('resize', () => instance.resize());
  return instance;
}

function valueChart(echarts, element, view, value) {
  const reviews = view.reviews.filter((review) => review.revealed);
  chart(echarts, element, {
    title: { text: value.label, left: 0, top: 0, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: ['Our side', view.name] },
    grid: { left: 36, right: 16, top: 36, bottom: 64 },
    xAxis: { type: 'category', name: 'Review', nameLocation: 'middle', nameGap: 22, data: reviews.map((review) => `${review.number}`) },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
    series: [
      { name: 'Our side', type: 'line', color: OURS, data: reviews.map((review) => review.buyer?.[value.value] ?? null), connectNulls: false },
      { name: view.name, type: 'line', color: THEIRS, data: reviews.map((review) => review.provider?.[value.value] ?? null), connectNulls: false }
    ]
  });
}

function balanceChart(echarts, element, view) {
  const reviews = view.reviews.filter((review) => review.buyerValue !== null || review.providerValue !== null);
  chart(echarts, element, {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: ['Value we received', `Value ${view.name} received`, 'Balance (larger ÷ smaller)'] },
    grid: { left: 80, right: 56, top: 32, bottom: 64 },
    xAxis: { type: 'category', name: 'Review', nameLocation: 'middle', nameGap: 24, data: reviews.map((review) => `${review.number}`) },
    yAxis: [
      { type: 'value', name: view.currency, min: 0 },
      { type: 'value', name: 'Balance', min: 1, splitLine: { show: false } }
    ],
    series: [
      { name: 'Value we received', type: 'bar', color: OURS, data: reviews.map((review) => review.buyerValue) },
      { name: `Value ${view.name} received`, type: 'bar', color: THEIRS, data: reviews.map((review) => review.providerValue) },
      { name: 'Balance (larger ÷ smaller)', type: 'line', yAxisIndex: 1, color: '#555', data: reviews.map((review) => review.valueRatio) }
    ]
  });
}

function commitmentsChart(echarts, element, view) {
  const sides = [view.buyerCommitments, view.providerCommitments];
  chart(echarts, element, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, data: ['Done by the date first agreed', 'Missed or late', 'Not due yet'] },
    grid: { left: 180, right: 24, top: 8, bottom: 64 },
    xAxis: { type: 'value', name: 'Action items', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: ['Our side', view.name] },
    series: [
      { name: 'Done by the date first agreed', type: 'bar', stack: 'items', color: '#2ca02c', data: sides.map((side) => side.kept) },
      { name: 'Missed or late', type: 'bar', stack: 'items', color: '#d62728', data: sides.map((side) => side.due - side.kept) },
      { name: 'Not due yet', type: 'bar', stack: 'items', color: '#aaa', data: sides.map((side) => side.notYetDue) }
    ]
  });
}

function timeline(view) {
  return `<ol class="partnerships-timeline">${view.stages.map((step) => `
    <li><strong>${escape(words(step.stage))}</strong><br><small>${escape(String(step.enteredAt).slice(0, 10))}</small></li>`).join('')}</ol>`;
}

function openItems(view) {
  if (view.openItems.length === 0) {
    return '<p class="text-muted">No open action items.</p>';
  }
  return `
    <table class="table table-condensed cam-table">
      <thead><tr><th>Action item</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead>
      <tbody>${view.openItems.map((item) => `
        <tr${item.overdue ? ' class="danger"' : ''}>
          <td>${escape(item.title)}</td>
          <td>${escape(item.owner)} (${item.ownerSide === 'BUYER' ? 'our side' : escape(view.name)})</td>
          <td>${escape(item.dueDate)}</td>
          <td>${escape(words(item.status))}${item.overdue ? ', <strong>overdue</strong>' : ''}${item.note && item.status === 'BLOCKED' ? `: ${escape(item.note)}` : ''}</td>
        </tr>`).join('')}
      </tbody>
    </table>`;
}

function renderPartner(node, api, partnerId) {
  node.innerHTML = '<section class="partnerships"><h3>Partner</h3><p class="text-muted">Loading…</p></section>';
  Promise.all([load(api, `partners/${encodeURIComponent(partnerId)}`), loadCharts()])
    .then(([view, echarts]) => {
      const rated = view.reviews.filter((review) => review.revealed).length;
      node.innerHTML = `
        <section class="partnerships partnerships-partner">
          <p><a href="#/partnerships">← Partnerships</a></p>
          <h3>${escape(view.name)} <small>${escape(words(view.stage))}${view.mode ? `, ${escape(words(view.mode))} mode` : ''}</small></h3>
          <p>${view.processInstanceId ? `<a href="#/process-instance/${encodeURIComponent(view.processInstanceId)}/runtime">Its lifecycle in Cockpit</a>` : ''}</p>
          <h4>Stages</h4>
          ${timeline(view)}
          <h4>How each side rated the partnership</h4>
          <p class="partnerships-caption">Each side's rating (1 = not at all, 5 = fully) of each of the four values,
            review by review${rated === 0 ? ': no review has been revealed yet' : ''}. Where the two lines are far apart, the
            sides see the partnership differently: a perception gap to talk about.</p>
          <div class="partnerships-charts">${view.values.map((value) => `<div class="partnerships-chart" data-value="${escape(value.value)}"></div>`).join('')}</div>
          <h4>The balance of value</h4>
          <p class="partnerships-caption">The value each side received per review, in ${escape(view.currency)}, and the
            balance: the larger divided by the smaller (1 = even). A partnership lasts while both sides gain.</p>
          <div class="partnerships-chart partnerships-chart-wide" data-chart="balance"></div>
          <h4>Commitments kept</h4>
          <p class="partnerships-caption">Each side's action items from the review meetings: done by the date first
            agreed, missed or done late, and not due yet.</p>
          <div class="partnerships-chart partnerships-chart-wide partnerships-chart-low" data-chart="commitments"></div>
          <h4>Open action items <span class="badge">${view.openItems.length}</span></h4>
          ${openItems(view)}
        </section>`;
      view.values.forEach((value) => valueChart(echarts, node.querySelector(`[data-value="${value.value}"]`), view, value));
      balanceChart(echarts, node.querySelector('[data-chart="balance"]'), view);
      commitmentsChart(echarts, node.querySelector('[data-chart="commitments"]'), view);
    })
    .catch((error) => {
      node.innerHTML = `<section class="partnerships"><p><a href="#/partnerships">← Partnerships</a></p><p class="text-danger">${escape(error.message)}</p></section>`;
    });
}

const partnerParameter = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('partner');

// the processes whose business key is the partner's id
const PARTNER_PROCESSES = ['partnership-lifecycle', 'business-review', 'pilot-project', 'partnership-dissolution',
  'action-item', 'summit-partner-proposals'];

export default [
  {
    id: 'partnerships.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, { api }) => renderPortfolio(node, api)
  },
  {
    id: 'partnerships.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: { path: '/partnerships' },
    render: (node) => {
      node.innerHTML = '<a href="#/partnerships">Partnerships</a>';
    }
  },
  {
    id: 'partnerships.route',
    pluginPoint: 'cockpit.route',
    properties: { path: '/partnerships' },
    render: (node, { api }) => {
      // Cockpit renders the route and fires hashchange for the same navigation: draw each address once
      let shown = null;
      const show = () => {
        if (window.location.hash === shown) {
          return;
        }
        shown = window.location.hash;
        const partnerId = partnerParameter();
        if (partnerId) {
          renderPartner(node, api, partnerId);
        }
        else {
          renderPortfolio(node, api);
        }
      };
      const onHashChange = () => {
        if (window.location.hash.startsWith('#/partnerships')) {
          show();
        }
        else {
          window.removeEventListener('hashchange', onHashChange);
        }
      };
      window.addEventListener('hashchange', onHashChange);
      show();
    }
  },
  {
    id: 'partnerships.instance-action',
    pluginPoint: 'cockpit.processInstance.runtime.action',
    priority: 20,
    render: (node, { api, processInstanceId }) => {
      fetch(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`, {
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((instance) => {
          const key = instance?.definitionId?.split(':')[0];
          if (instance?.businessKey && PARTNER_PROCESSES.includes(key)) {
            node.innerHTML = `<a class="btn btn-default action-button" href="${partnerView(instance.businessKey)}"
              title="How this partnership is going: ratings, balance of value, commitments">Partner view</a>`;
          }
        });
    }
  }
];
