// Console behaviour that CSP keeps out of the templates (script-src 'self': no inline scripts).
document.documentElement.classList.add('js');

// Language links keep the page's own query (filters, ?error) and only change the language.
document.querySelectorAll('a[data-lang]').forEach(function (link) {
  var url = new URL(window.location.href);
  url.searchParams.set('lang', link.dataset.lang);
  link.href = url.pathname + url.search + url.hash;
});

// htmx requests carry the CSRF token that the layout puts into <meta name="_csrf">.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A <select data-autosubmit> submits its form when changed (the tenant switcher).
document.addEventListener('change', function (event) {
  if (event.target.matches('select[data-autosubmit]')) {
    event.target.form.requestSubmit();
  }
});

// A checkbox with data-check-all="ids" ticks every enabled checkbox named "ids" (the alert board's bulk select).
document.addEventListener('change', function (event) {
  var all = event.target.closest('input[data-check-all]');
  if (all) {
    document.querySelectorAll('input[type=checkbox][name="' + all.dataset.checkAll + '"]').forEach(function (box) {
      if (!box.disabled) {
        box.checked = all.checked;
      }
    });
  }
});
