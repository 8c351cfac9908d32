/** The timeline's words for documents sent later (decision 0057), in the four languages. */
import type { LanguageMap } from '../../src/api/schemas/index.js';

/**
 * What the timeline says about documents sent: how many files, and whether a message came with
 * them (the message itself is for the caseworker and stays out of the timeline).
 */
export function documentsSentDetails(files: number, withMessage: boolean): LanguageMap {
  const one = files === 1;
  return {
    de: withMessage
      ? `Sie haben ${files} ${one ? 'Datei' : 'Dateien'} nachgereicht und eine Nachricht geschrieben.`
      : `Sie haben ${files} ${one ? 'Datei' : 'Dateien'} nachgereicht.`,
    en: `You have sent ${files} more ${one ? 'file' : 'files'}${withMessage ? ' and a message' : ''}.`,
    fr: `Vous avez envoyé ${files} ${one ? 'fichier supplémentaire' : 'fichiers supplémentaires'}${withMessage ? ' et un message' : ''}.`,
    'de-x-ls': [
      `Sie haben ${files} ${one ? 'Datei' : 'Dateien'} geschickt.`,
      ...(withMessage ? ['Sie haben auch eine Nachricht geschrieben.'] : []),
      'Das Amt prüft jetzt Ihre Unterlagen.',
    ].join(' '),
  };
}
