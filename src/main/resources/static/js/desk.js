// The desk's keyboard shortcuts and live inbox (CSP: script-src 'self', so it lives here, not in templates).
//   j / k     move the selection (inbox rows, or the messages of a ticket)
//   Enter, o  open the selected ticket
//   r / n     focus the composer to reply / to write an internal note
//   e         mark the ticket solved
//   Esc       leave a field; otherwise back to the inbox
//   ?         show or hide the help
(function () {
  var main = document.querySelector('main[data-desk-page]');
  if (!main) {
    return;
  }
  var page = main.dataset.deskPage;
  var selectedKey = 'desk.selected';

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-nav-item]'));
  }

  function selectedIndex(list) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].classList.contains('selected')) {
        return i;
      }
    }
    return -1;
  }

  function select(list, index) {
    if (list.length === 0) {
      return;
    }
    index = Math.max(0, Math.min(list.length - 1, index));
    list.forEach(function (el) {
      el.classList.remove('selected');
      el.removeAttribute('aria-selected');
    });
    var el = list[index];
    el.classList.add('selected');
    el.setAttribute('aria-selected', 'true');
    el.scrollIntoView({block: 'nearest'});
    if (el.dataset.ticket) {
      sessionStorage.setItem(selectedKey, el.dataset.ticket);
    }
  }

  // After a refresh of the list, the same ticket stays selected when it is still there.
  function restoreSelection() {
    if (page !== 'inbox') {
      return;
    }
    var list = items();
    var remembered = sessionStorage.getItem(selectedKey);
    for (var i = 0; i < list.length; i++) {
      if (list[i].dataset.ticket === remembered) {
        select(list, i);
        return;
      }
    }
    if (list.length > 0) {
      select(list, 0);
    }
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function composer(kind) {
    var form = document.getElementById('composer');
    if (!form) {
      return;
    }
    var radio = form.querySelector('input[name=kind][value=' + kind + ']');
    if (radio) {
      radio.checked = true;
    }
    var body = document.getElementById('composer-body');
    body.focus();
  }

  function help() {
    var dialog = document.getElementById('shortcut-help');
    if (!dialog) {
      return;
    }
    if (dialog.open) {
      dialog.close();
    }
    else {
      dialog.showModal();
    }
  }

  function back() {
    var link = document.getElementById('back-to-inbox');
    if (link) {
      window.location.href = link.href;
    }
  }

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-shortcut-help]')) {
      help();
    }
    var script = event.target.closest('[data-use-script]');
    if (script) {
      // a reply script, already filled from the order, goes into the composer for the agent to adapt
      var text = document.getElementById(script.getAttribute('data-use-script'));
      var body = document.getElementById('composer-body');
      var reply = document.querySelector('#composer input[name="kind"][value="reply"]');
      if (text && body) {
        body.value = text.textContent;
        if (reply) {
          reply.checked = true;
        }
        body.focus();
      }
    }
    var row = event.target.closest('tr[data-nav-item]');
    if (row && !event.target.closest('a, button, input, select, textarea')) {
      var list = items();
      select(list, list.indexOf(row));
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (typing(event.target)) {
      if (event.key === 'Escape') {
        event.target.blur();
      }
      return;
    }
    var dialog = document.getElementById('shortcut-help');
    if (dialog && dialog.open && event.key !== '?') {
      return;
    }
    var list = items();
    switch (event.key) {
      case 'j':
        select(list, selectedIndex(list) + 1);
        break;
      case 'k':
        select(list, selectedIndex(list) < 0 ? 0 : selectedIndex(list) - 1);
        break;
      case 'Enter':
      case 'o':
        var current = list[selectedIndex(list)];
        if (current && current.dataset.href) {
          window.location.href = current.dataset.href;
        }
        else {
          return;
        }
        break;
      case 'r':
        composer('reply');
        break;
      case 'n':
        composer('note');
        break;
      case 'e':
        var solve = document.getElementById('solve-form');
        if (solve) {
          solve.requestSubmit();
        }
        break;
      case 'Escape':
        if (page === 'ticket') {
          back();
        }
        break;
      case '?':
        help();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  // Live inbox: every ticket change the user may see asks the server for the list again.
  var events = main.dataset.events;
  if (page === 'inbox' && events && window.EventSource) {
    var pending = null;
    var source = new EventSource(events);
    source.addEventListener('ticket', function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        if (window.htmx) {
          htmx.ajax('GET', window.location.pathname + window.location.search,
              {target: '#inbox-list', select: '#inbox-list', swap: 'outerHTML'});
        }
      }, 250);
    });
    window.addEventListener('pagehide', function () {
      source.close();
    });
    main.dataset.live = 'connecting';
    source.addEventListener('open', function () {
      main.dataset.live = 'open';
    });
  }

  // Live ticket: a change on this ticket (the buyer writes, a reply is sent, a clock fires) refreshes
  // the conversation and the history; the composer is left alone so nothing being typed is lost.
  var ticket = document.getElementById('ticket');
  if (page === 'ticket' && events && ticket && window.EventSource) {
    var ticketSource = new EventSource(events);
    ticketSource.addEventListener('ticket', function (event) {
      if (String(event.data).split(' ')[0] !== ticket.dataset.ticket || !window.htmx) {
        return;
      }
      ['.conversation', '.ticket-history'].forEach(function (part) {
        htmx.ajax('GET', window.location.pathname + window.location.search,
            {target: part, select: part, swap: 'outerHTML'});
      });
    });
    window.addEventListener('pagehide', function () {
      ticketSource.close();
    });
    main.dataset.live = 'connecting';
    ticketSource.addEventListener('open', function () {
      main.dataset.live = 'open';
    });
  }

  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.target && event.target.id === 'inbox-list') {
      restoreSelection();
    }
  });

  restoreSelection();
})();
