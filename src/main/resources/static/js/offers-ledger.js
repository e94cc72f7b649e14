// Offer ledger chart (templates/remedies/ledger.html): what granted offers cost per period, one
// bar series per currency (amounts in different currencies are never added up). Data comes as
// JSON in data-chart; CSP forbids inline scripts, so the chart is drawn here with ECharts.
(function () {
  var holder = document.getElementById('ledger-chart-holder');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.dataset.chart || '{"periods":[],"series":{}}');
  var currencies = Object.keys(data.series);
  echarts.init(document.getElementById('ledger-chart')).setOption({
    animation: false,
    title: { text: holder.dataset.labelTitle, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 24 },
    grid: { top: 64, left: 64, right: 16, bottom: 48 },
    xAxis: { type: 'category', data: data.periods },
    yAxis: currencies.map(function (c, i) {
      return { type: 'value', name: c, position: i % 2 === 0 ? 'left' : 'right', show: i < 2 };
    }),
    series: currencies.map(function (c, i) {
      return { name: c, type: 'bar', yAxisIndex: Math.min(i, 1),
               data: data.series[c].map(function (v) { return Number(v); }) };
    })
  });
}());
