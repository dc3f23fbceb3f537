import type { Strings } from './en.js';

/**
 * French (français): formal register (vous), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Fermer cet avis',
  posted: 'Publié le',
  updated: 'Mis à jour le',
  phone: "Ligne d'assistance gratuite",
  readNotice: "Lire l'avis complet",
  severity: { info: 'Avis', warning: 'Important', critical: 'Urgent' },
  showSection: 'Afficher',
  hideSection: 'Masquer',
  showAll: 'Afficher toutes les sections',
  hideAll: 'Masquer toutes les sections',
  progress: {
    one: '{done} étape sur {total} terminée',
    many: '{done} étapes sur {total} terminées',
    other: '{done} étapes sur {total} terminées',
  },
  complete: 'Toutes les étapes sont terminées.',
  startOver: 'Recommencer',
  cleared: 'Vos coches ont été effacées.',
  stepLink: 'Comment faire',
  contact: 'Nous contacter',
  email: 'Courriel',
  website: 'Site web',
  address: 'Adresse postale',
  hours: 'Horaires',
  openUntil: "Cette ligne est ouverte jusqu'au {date}.",
  openedUntil: "Cette ligne était ouverte jusqu'au {date}.",
  whatHappened: "Que s'est-il passé ?",
  informationInvolved: 'Quelles informations sont concernées ?',
  whatWeAreDoing: 'Ce que nous faisons.',
  whatYouCanDo: 'Ce que vous pouvez faire.',
  otherImportantInformation: 'Autres informations importantes.',
  forMoreInformation: "Pour plus d'informations.",
  languageAssistance: 'Assistance linguistique',
  questions: 'Questions et réponses',
  noticeDate: "Date de l'avis",
  lastUpdated: 'Dernière mise à jour',
  status: 'État',
  investigating: 'Enquête en cours',
  contained: 'Maîtrisé',
  resolved: 'Résolu',
  breachRange: "La violation s'est produite entre le {start} et le {end}.",
  breachDay: "La violation s'est produite le {start}.",
  estimatedRange: "Nous estimons que la violation s'est produite entre le {start} et le {end}.",
  estimatedDay: "Nous estimons que la violation s'est produite le {start}.",
  breachUnknown: "Nous ne savons pas quand la violation s'est produite.",
  discovered: "Nous l'avons découverte le {date}.",
  notDelayed: "Cet avis n'a pas été retardé par une enquête des forces de l'ordre.",
  delayed:
    "Cet avis a été retardé parce qu'une enquête des forces de l'ordre nous a demandé d'attendre.",
};

export default table;
