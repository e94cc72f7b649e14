// The case page's upload: drop a file on the zone or pick one; the form is sent with a progress bar
// and the page's main part is replaced by the answer (the new item, or the reason it was refused).
(function () {
  function bind() {
    const form = document.getElementById('upload');
    if (!form) {
      return;
    }
    const input = document.getElementById('upload-file');
    const zone = form.querySelector('.dropzone');
    const progress = document.getElementById('upload-progress');

    ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, event => {
      event.preventDefault();
      zone.classList.add('dragging');
    }));
    ['dragleave', 'drop'].forEach(type => zone.addEventListener(type, () => zone.classList.remove('dragging')));
    zone.addEventListener('drop', event => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
      }
    });

    form.addEventListener('submit', event => {
      if (!input.files.length) {
        return;
      }
      event.preventDefault();
      const request = new XMLHttpRequest();
      request.open('POST', form.action);
      progress.hidden = false;
      request.upload.addEventListener('progress', e => {
        if (e.lengthComputable) {
          progress.value = Math.round(100 * e.loaded / e.total);
        }
      });
      request.addEventListener('load', () => {
        const answer = new DOMParser().parseFromString(request.responseText, 'text/html').querySelector('main');
        if (!answer) {
          window.location.assign(request.responseURL || window.location.href);
          return;
        }
        document.querySelector('main').replaceWith(document.adoptNode(answer));
        history.replaceState(null, '', request.responseURL || window.location.href);
        bind();
      });
      request.addEventListener('error', () => form.submit());
      request.send(new FormData(form));
    });
  }
  bind();
})();
