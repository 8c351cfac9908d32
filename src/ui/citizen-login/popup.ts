/** The login popup window (light: a widget opens it before the login code has loaded). */

/** Opens the (empty) login popup; call it synchronously in the click handler. */
export function openLoginPopup(): Window | null {
  return window.open('about:blank', 'saar-portal-login', 'popup,width=520,height=720');
}
