// Hands the service and the town named in the address (?service=…&ars=…, as the service finder
// links here) to the application form, and the language (?lang=) to the page. An external
// script: the portal's Content-Security-Policy allows no inline script.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  if (lang && /^(de|en|fr|de-x-ls)$/.test(lang)) document.documentElement.lang = lang;
  document.addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('saar-application-form');
    if (!form) return;
    const service = params.get('service');
    const ars = params.get('ars');
    if (service && /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/.test(service)) {
      form.setAttribute('service', service);
    }
    if (ars && /^(\d{12}|\d{8})$/.test(ars)) form.setAttribute('municipality', ars);
  });
})();
