// The checklist page's only script (same origin, no inline code): shows the print button and completes the e-mail link.
(function () {
  'use strict';

  const printButton = document.getElementById('print-button');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', () => window.print());
  }

  // Without PUBLIC_URL the server knows only the path; the browser knows the address the page was opened at.
  const email = document.getElementById('email-link');
  if (email && email.dataset.body) {
    const href = email.getAttribute('href') || '';
    const subject = href.slice(href.indexOf('subject='), href.indexOf('&body=') === -1 ? undefined : href.indexOf('&body='));
    email.setAttribute('href', 'mailto:?' + subject + '&body=' + encodeURIComponent(email.dataset.body + '\n\n' + window.location.href));
  }
})();
