// Refund cash-flow chart (templates/returns/refunds.html): the page carries its days as JSON in
// data-days; CSP forbids inline scripts, so the chart is drawn here with ECharts. Per day, one
// stack per currency: queued and paid that day, pending at the end of the day.
(function () {
  var holder = document.getElementById('refund-chart-holder');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var rows = JSON.parse(holder.dataset.days || '[]');
  var days = Array.from(new Set(rows.map(function (r) { return r.day; }))).sort();
  var currencies = Array.from(new Set(rows.map(function (r) { return r.currency; }))).sort();
  var measures = [
    { key: 'queued', label: holder.dataset.labelQueued },
    { key: 'paid', label: holder.dataset.labelPaid },
    { key: 'pending', label: holder.dataset.labelPending }
  ];
  function value(day, currency, key) {
    var r = rows.find(function (x) { return x.day === day && x.currency === currency; });
    return r ? Number(r[key]) : 0;
  }
  var series = [];
  currencies.forEach(function (currency) {
    measures.forEach(function (m) {
      series.push({
        name: m.label + ' ' + currency,
        type: 'bar',
        stack: currency + '-' + (m.key === 'pending' ? 'pending' : 'flow'),
        data: days.map(function (d) { return value(d, currency, m.key); })
      });
    });
  });
  echarts.init(document.getElementById('refund-chart')).setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 48, left: 56, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value' },
    series: series
  });
}());
