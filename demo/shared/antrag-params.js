// Shows which service and town the citizen chose in the service finder (the query parameters of
// its "apply online" link), as text, until the application form widget takes this page over.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const show = (id, value) => {
    const element = document.getElementById(id);
    if (element && value) element.textContent = value;
  };
  show('chosen-service', params.get('service'));
  show('chosen-area', params.get('ars'));
})();
