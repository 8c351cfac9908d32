
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'shared.error.busy': `Le portail est très sollicité en ce moment. Veuillez patienter un instant, puis réessayer.`,
'shared.error.forbidden': `Vous n’avez pas accès à ces informations.`,
'shared.error.invalid-data': `Le portail a envoyé des données inattendues. Veuillez réessayer plus tard ou contacter votre administration.`,
'shared.error.network': `Le portail est actuellement inaccessible. Veuillez réessayer dans quelques minutes.`,
'shared.error.not-found': `Les informations recherchées sont introuvables.`,
'shared.error.offline': `Vous êtes hors ligne. Veuillez vérifier votre connexion Internet et réessayer.`,
'shared.error.rejected': `Le portail n’a pas pu traiter la demande. Veuillez vérifier vos informations.`,
'shared.error.server': `Une erreur s’est produite sur le portail. Veuillez réessayer plus tard.`,
'shared.error.timeout': `Le portail répond trop lentement en ce moment. Veuillez réessayer dans quelques minutes.`,
'shared.error.title': `Cela n’a pas fonctionné`,
'shared.error.unauthorized': `Veuillez vous connecter pour continuer.`,
'shared.error.unknown': `Une erreur s’est produite. Veuillez réessayer.`,
'shared.loading': `Chargement…`,
'shared.retry': `Réessayer`,
    };
  