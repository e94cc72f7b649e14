// Return-rate chart (templates/insights/returns.html): the top SKUs by return rate, each bar split
// by reason group (its share of the SKU's returned units), in percent of units sold. The data
// comes as JSON in data-bars; CSP forbids inline scripts, so the chart is drawn here with ECharts.
(function () {
  var holder = document.getElementById('return-rate-chart-holder');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var bars = JSON.parse(holder.dataset.bars || '[]');
  var groups = [
    { key: 'SIZE', label: holder.dataset.labelSize, color: '#4c78a8' },
    { key: 'QUALITY', label: holder.dataset.labelQuality, color: '#e45756' },
    { key: 'COLOUR', label: holder.dataset.labelColour, color: '#f2b701' },
    { key: 'OTHER', label: holder.dataset.labelOther, color: '#bab0ac' }
  ];
  echarts.init(document.getElementById('return-rate-chart')).setOption({
    animation: false,
    title: { text: holder.dataset.labelTitle, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } },
    legend: { top: 24 },
    grid: { top: 64, left: 48, right: 16, bottom: 72 },
    xAxis: { type: 'category', data: bars.map(function (b) { return b.sku; }), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
    series: groups.map(function (g) {
      return {
        name: g.label, type: 'bar', stack: 'rate', itemStyle: { color: g.color },
        data: bars.map(function (b) { return b.groups[g.key]; })
      };
    })
  });
}());
