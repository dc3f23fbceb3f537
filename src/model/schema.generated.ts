/* Generated from notice.schema.json by scripts/schema-types.mjs: do not edit. */
import type { Schema } from './validate.js';

export const schema: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'revision', 'lang', 'organization', 'summary', 'dates'],
  properties: {
    $schema: { type: 'string', maxLength: 500 },
    id: { $ref: '#/$defs/id' },
    revision: {
      type: ['integer', 'string'],
      minimum: 1,
      maxLength: 40,
      pattern: '^[A-Za-z0-9._-]{1,40}$',
    },
    lang: { $ref: '#/$defs/languageTag' },
    organization: { $ref: '#/$defs/organization' },
    title: { $ref: '#/$defs/shortText' },
    severity: { enum: ['info', 'warning', 'critical'] },
    status: { enum: ['investigating', 'contained', 'resolved'] },
    summary: { $ref: '#/$defs/text', type: 'string', maxLength: 1000 },
    dates: { $ref: '#/$defs/dates' },
    lawEnforcementDelay: { $ref: '#/$defs/lawEnforcementDelay' },
    sections: { $ref: '#/$defs/sections' },
    identityTheftProtection: { $ref: '#/$defs/identityTheftProtection' },
    patientRights: { $ref: '#/$defs/patientRights' },
    faq: { type: 'array', maxItems: 100, items: { $ref: '#/$defs/question' } },
    contact: { $ref: '#/$defs/contact' },
    translations: {
      type: 'object',
      maxProperties: 20,
      propertyNames: { $ref: '#/$defs/languageTag' },
      additionalProperties: { $ref: '#/$defs/translation' },
    },
  },
  $defs: {
    text: { type: 'string', minLength: 1, maxLength: 20000 },
    shortText: { type: 'string', minLength: 1, maxLength: 500 },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
    url: { type: 'string', minLength: 1, maxLength: 500 },
    phone: { type: 'string', minLength: 1, maxLength: 50 },
    email: { type: 'string', minLength: 1, maxLength: 254 },
    id: { type: 'string', maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
    questionId: { type: 'string', maxLength: 100, pattern: '^[A-Za-z][A-Za-z0-9_-]{0,99}$' },
    languageTag: { type: 'string', maxLength: 35, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
    organization: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { $ref: '#/$defs/shortText' },
        website: { $ref: '#/$defs/url' },
        logo: { $ref: '#/$defs/url' },
      },
    },
    dates: {
      type: 'object',
      additionalProperties: false,
      required: ['noticeDate', 'postedFrom', 'postedUntil'],
      properties: {
        breachStart: { $ref: '#/$defs/date' },
        breachEnd: { $ref: '#/$defs/date' },
        breachDatesEstimated: { type: 'boolean' },
        discovered: { $ref: '#/$defs/date' },
        noticeDate: { $ref: '#/$defs/date' },
        postedFrom: { $ref: '#/$defs/date' },
        postedUntil: { $ref: '#/$defs/date' },
        updated: { $ref: '#/$defs/date' },
      },
    },
    lawEnforcementDelay: {
      type: 'object',
      additionalProperties: false,
      required: ['delayed'],
      properties: { delayed: { type: 'boolean' }, statement: { $ref: '#/$defs/text' } },
    },
    informationType: {
      type: 'object',
      additionalProperties: false,
      required: ['label'],
      properties: {
        label: { $ref: '#/$defs/shortText' },
        category: {
          enum: [
            'name',
            'contact',
            'date-of-birth',
            'ssn',
            'drivers-license',
            'state-id',
            'passport',
            'financial-account',
            'payment-card',
            'health-insurance',
            'medical',
            'credentials',
            'biometric',
            'other',
          ],
        },
      },
    },
    step: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title'],
      properties: {
        id: { $ref: '#/$defs/id' },
        title: { $ref: '#/$defs/shortText' },
        detail: { $ref: '#/$defs/text' },
        href: { $ref: '#/$defs/url' },
        linkText: { $ref: '#/$defs/shortText' },
        phone: { $ref: '#/$defs/phone' },
      },
    },
    sections: {
      type: 'object',
      additionalProperties: false,
      properties: {
        whatHappened: { $ref: '#/$defs/text' },
        informationInvolved: {
          type: 'object',
          additionalProperties: false,
          required: ['types'],
          properties: {
            text: { $ref: '#/$defs/text' },
            types: {
              type: 'array',
              minItems: 1,
              maxItems: 30,
              items: { $ref: '#/$defs/informationType' },
            },
          },
        },
        whatWeAreDoing: { $ref: '#/$defs/text' },
        whatYouCanDo: {
          type: 'object',
          additionalProperties: false,
          properties: {
            text: { $ref: '#/$defs/text' },
            steps: { type: 'array', maxItems: 30, items: { $ref: '#/$defs/step' } },
          },
        },
        otherImportantInformation: { $ref: '#/$defs/text' },
        forMoreInformation: { $ref: '#/$defs/text' },
      },
    },
    identityTheftProtection: {
      type: 'object',
      additionalProperties: false,
      required: ['offered'],
      properties: { offered: { type: 'boolean' }, text: { $ref: '#/$defs/text' } },
    },
    patientRights: {
      type: 'object',
      additionalProperties: false,
      properties: {
        policeReport: { $ref: '#/$defs/text' },
        securityFreeze: { $ref: '#/$defs/text' },
      },
    },
    question: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'question', 'answer'],
      properties: {
        id: { $ref: '#/$defs/questionId' },
        question: { $ref: '#/$defs/shortText' },
        answer: { $ref: '#/$defs/text' },
      },
    },
    contact: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tollFreePhone: { $ref: '#/$defs/phone' },
        email: { $ref: '#/$defs/email' },
        website: { $ref: '#/$defs/url' },
        postalAddress: { $ref: '#/$defs/shortText' },
        hours: { $ref: '#/$defs/shortText' },
        activeUntil: { $ref: '#/$defs/date' },
      },
    },
    translation: {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: { $ref: '#/$defs/shortText' },
        summary: { $ref: '#/$defs/text', type: 'string', maxLength: 1000 },
        organization: {
          type: 'object',
          additionalProperties: false,
          properties: { name: { $ref: '#/$defs/shortText' } },
        },
        lawEnforcementDelay: {
          type: 'object',
          additionalProperties: false,
          properties: { statement: { $ref: '#/$defs/text' } },
        },
        sections: {
          type: 'object',
          additionalProperties: false,
          properties: {
            whatHappened: { $ref: '#/$defs/text' },
            informationInvolved: {
              type: 'object',
              additionalProperties: false,
              properties: {
                text: { $ref: '#/$defs/text' },
                types: { type: 'array', maxItems: 30, items: { $ref: '#/$defs/shortText' } },
              },
            },
            whatWeAreDoing: { $ref: '#/$defs/text' },
            whatYouCanDo: {
              type: 'object',
              additionalProperties: false,
              properties: {
                text: { $ref: '#/$defs/text' },
                steps: {
                  type: 'object',
                  maxProperties: 30,
                  propertyNames: { $ref: '#/$defs/id' },
                  additionalProperties: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                      title: { $ref: '#/$defs/shortText' },
                      detail: { $ref: '#/$defs/text' },
                      linkText: { $ref: '#/$defs/shortText' },
                    },
                  },
                },
              },
            },
            otherImportantInformation: { $ref: '#/$defs/text' },
            forMoreInformation: { $ref: '#/$defs/text' },
          },
        },
        identityTheftProtection: {
          type: 'object',
          additionalProperties: false,
          properties: { text: { $ref: '#/$defs/text' } },
        },
        patientRights: {
          type: 'object',
          additionalProperties: false,
          properties: {
            policeReport: { $ref: '#/$defs/text' },
            securityFreeze: { $ref: '#/$defs/text' },
          },
        },
        faq: {
          type: 'object',
          maxProperties: 100,
          propertyNames: { $ref: '#/$defs/questionId' },
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            properties: {
              question: { $ref: '#/$defs/shortText' },
              answer: { $ref: '#/$defs/text' },
            },
          },
        },
        contact: {
          type: 'object',
          additionalProperties: false,
          properties: {
            postalAddress: { $ref: '#/$defs/shortText' },
            hours: { $ref: '#/$defs/shortText' },
          },
        },
      },
    },
  },
};
