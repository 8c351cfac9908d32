
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'shared.error.busy': `The portal is very busy right now. Please wait a moment and try again.`,
'shared.error.forbidden': `You do not have access to this information.`,
'shared.error.invalid-data': `The portal sent unexpected data. Please try again later or contact your local authority.`,
'shared.error.network': `The portal cannot be reached right now. Please try again in a few minutes.`,
'shared.error.not-found': `The information you are looking for was not found.`,
'shared.error.offline': `You are offline. Please check your internet connection and try again.`,
'shared.error.rejected': `The portal could not process the request. Please check your details.`,
'shared.error.server': `An error occurred on the portal. Please try again later.`,
'shared.error.timeout': `The portal is responding too slowly right now. Please try again in a few minutes.`,
'shared.error.title': `That did not work`,
'shared.error.unauthorized': `Please log in to continue.`,
'shared.error.unknown': `Something went wrong. Please try again.`,
'shared.loading': `Loading …`,
'shared.retry': `Try again`,
    };
  