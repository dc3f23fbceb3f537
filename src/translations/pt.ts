import type { Strings } from './en.js';

/**
 * Portuguese (português): formal register (o senhor / a senhora, você in Brazil), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Fechar este aviso',
  posted: 'Publicado em',
  updated: 'Atualizado em',
  phone: 'Linha de atendimento gratuita',
  readNotice: 'Leia o aviso completo',
  severity: { info: 'Aviso', warning: 'Importante', critical: 'Urgente' },
  showSection: 'Mostrar',
  hideSection: 'Ocultar',
  showAll: 'Mostrar todas as seções',
  hideAll: 'Ocultar todas as seções',
  progress: {
    one: '{done} de {total} passo concluído',
    many: '{done} de {total} passos concluídos',
    other: '{done} de {total} passos concluídos',
  },
  complete: 'Todos os passos foram concluídos.',
  startOver: 'Começar de novo',
  cleared: 'Suas marcações foram apagadas.',
  stepLink: 'Como fazer',
  contact: 'Fale conosco',
  email: 'E-mail',
  website: 'Site',
  address: 'Endereço postal',
  hours: 'Horário',
  openUntil: 'Esta linha está disponível até {date}.',
  openedUntil: 'Esta linha esteve disponível até {date}.',
  whatHappened: 'O que aconteceu?',
  informationInvolved: 'Quais informações foram envolvidas?',
  whatWeAreDoing: 'O que estamos fazendo.',
  whatYouCanDo: 'O que você pode fazer.',
  otherImportantInformation: 'Outras informações importantes.',
  forMoreInformation: 'Para mais informações.',
  languageAssistance: 'Assistência linguística',
  questions: 'Perguntas e respostas',
  noticeDate: 'Data do aviso',
  lastUpdated: 'Última atualização',
  status: 'Situação',
  investigating: 'Investigação em andamento',
  contained: 'Contido',
  resolved: 'Resolvido',
  breachRange: 'A violação ocorreu entre {start} e {end}.',
  breachDay: 'A violação ocorreu em {start}.',
  estimatedRange: 'Estimamos que a violação ocorreu entre {start} e {end}.',
  estimatedDay: 'Estimamos que a violação ocorreu em {start}.',
  breachUnknown: 'Não sabemos quando a violação ocorreu.',
  discovered: 'Nós a descobrimos em {date}.',
  notDelayed: 'Este aviso não foi adiado por uma investigação policial.',
  delayed: 'Este aviso foi adiado porque uma investigação policial nos pediu para esperar.',
};

export default table;
