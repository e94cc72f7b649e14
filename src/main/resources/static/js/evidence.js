// The evidence upload widget (templates/evidence/parts.html :: upload): drop or choose files, each is sent on
// its own with its progress shown; a refusal shows the server's reason. The page reloads once all are in.
(function () {
  function csrf(xhr) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
  }

  function send(widget, file, done) {
    var list = widget.querySelector('.evidence-progress');
    var row = document.createElement('li');
    var name = document.createElement('span');
    name.className = 'evidence-progress-name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    var status = document.createElement('span');
    status.className = 'evidence-progress-status';
    row.append(name, bar, status);
    list.append(row);

    var form = new FormData();
    form.append('file', file);
    form.append('kind', widget.querySelector('.evidence-kind').value);
    if (widget.dataset.caseRef) {
      form.append('caseRef', widget.dataset.caseRef);
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', widget.dataset.url);
    csrf(xhr);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { }
      if (xhr.status === 201) {
        bar.value = 100;
        row.classList.add('ok');
        status.textContent = widget.dataset.msgDone + ' ' + body.sha256;
        done(true);
      } else {
        row.classList.add('refused');
        status.textContent = widget.dataset.msgFailed + ' ' + (body.error || xhr.status);
        done(false);
      }
    });
    xhr.addEventListener('error', function () {
      row.classList.add('refused');
      status.textContent = widget.dataset.msgFailed;
      done(false);
    });
    xhr.send(form);
  }

  function upload(widget, files) {
    var left = files.length;
    var allOk = true;
    Array.prototype.forEach.call(files, function (file) {
      send(widget, file, function (ok) {
        allOk = allOk && ok;
        left -= 1;
        if (left === 0) {
          widget.dispatchEvent(new CustomEvent('evidence:uploaded', { bubbles: true, detail: { ok: allOk } }));
          if (allOk) {
            window.location.reload();
          }
        }
      });
    });
  }

  function init(widget) {
    if (widget.dataset.ready) {
      return;
    }
    widget.dataset.ready = 'true';
    var drop = widget.querySelector('.evidence-drop');
    var input = widget.querySelector('.evidence-file');
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) {
        e.preventDefault();
        drop.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function () {
        drop.classList.remove('over');
      });
    });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      upload(widget, e.dataTransfer.files);
    });
    drop.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        input.click();
      }
    });
    input.addEventListener('change', function () {
      upload(widget, input.files);
      input.value = '';
    });
  }

  function initAll() {
    document.querySelectorAll('.evidence-upload').forEach(init);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
  document.addEventListener('htmx:afterSettle', initAll);
})();
