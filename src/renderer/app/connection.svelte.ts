/**
 * Whether this tab can still talk to its host. The web host hands out a new token at every start,
 * so after a restart the open tab's calls are refused ("Missing or wrong token."): nothing it does
 * can work any more, and the way back is the new address the host printed (issue 7).
 */
export const TOKEN_REFUSED = 'Missing or wrong token.';

export const SESSION_ENDED_MESSAGE =
  'Tend’s local host was restarted, so this tab can no longer reach it: open the new address the host printed (it ends in ?token=…).';

class Connection {
  /** True once a call was refused for its token; the app then shows one banner and disables the page. */
  ended = $state(false);
}

export const connection = new Connection();

/** Whether a failed call's error means the tab's token is no longer the host's. */
export function isTokenRefusal(error: { code: string; message: string }): boolean {
  return error.code === 'transport' && error.message === TOKEN_REFUSED;
}
