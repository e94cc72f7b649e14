// Carrier scorecard charts (templates/insights/carriers.html): the page carries its rows as JSON in
// data-rows; CSP forbids inline scripts, so the charts are drawn here with ECharts.
(function () {
  var holder = document.getElementById('scorecard-charts');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var rows = JSON.parse(holder.dataset.rows || '[]');
  var periods = Array.from(new Set(rows.map(function (r) { return r.period; })));
  var carriers = Array.from(new Set(rows.map(function (r) { return r.carrier; }))).sort();
  function row(carrier, period) {
    return rows.find(function (r) { return r.carrier === carrier && r.period === period; });
  }

  echarts.init(document.getElementById('chart-on-time')).setOption({
    animation: false,
    title: { text: holder.dataset.labelOnTime, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v + ' %'; } },
    legend: { top: 24 },
    grid: { top: 64, left: 48, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: carriers.map(function (carrier) {
      return {
        name: carrier, type: 'bar',
        data: periods.map(function (p) {
          var r = row(carrier, p);
          return r && r.onTimeRate != null ? Math.round(r.onTimeRate * 1000) / 10 : null;
        })
      };
    })
  });

  var boxes = rows.filter(function (r) { return r.doorToDoor.p50 != null; });
  echarts.init(document.getElementById('chart-transit')).setOption({
    animation: false,
    title: { text: holder.dataset.labelTransit, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    grid: { top: 48, left: 48, right: 16, bottom: 56 },
    xAxis: { type: 'category', data: boxes.map(function (r) { return r.carrier + '\n' + r.period; }) },
    yAxis: { type: 'value', name: holder.dataset.labelDays },
    series: [{
      type: 'boxplot',
      data: boxes.map(function (r) {
        var d = r.doorToDoor;
        return [d.p10, d.p25, d.p50, d.p75, d.p90];
      })
    }]
  });
}());
