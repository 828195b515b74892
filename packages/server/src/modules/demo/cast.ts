/**
 * The demo's staff: invented people in real organisations of the seed social map, one for each
 * kind of user. The Zorggarantie coordinators carry the addresses the programme's duty roster
 * names, so referrals reach them on their days.
 */
import type { Role } from '@omringd/core';

export type DemoPerson = {
  key: string;
  name: string;
  email: string;
  phone: string;
  role: Role;
  /** The social-map organisation (its key in the seed files). */
  organizationKey: string;
  /** What this person does, in both languages, shown on the demo sign-in page. */
  about: { nl: string; en: string };
  regionProvinces?: string[];
};

export const demoCast: readonly DemoPerson[] = [
  {
    key: 'nurse',
    name: 'Els Wouters',
    email: 'els.wouters@kindengezin.demo.omringd.be',
    phone: '011 20 30 40',
    role: 'first_line',
    organizationKey: 'kind-en-gezin',
    about: {
      nl: 'Verpleegkundige van Kind en Gezin: meldt gezinnen aan en volgt haar aanmeldingen op.',
      en: 'Kind en Gezin nurse: refers families and follows her referrals.',
    },
  },
  {
    key: 'coordinator-mira',
    name: 'Mira Claes',
    email: 'mira.claes@zorggarantie-limburg.example.be',
    phone: '011 30 40 51',
    role: 'case_coordinator',
    organizationKey: 'zorggarantie-limburg',
    about: {
      nl: 'Casuscoördinator Zorggarantie Limburg (intakedienst ma, wo, do): neemt aanmeldingen op.',
      en: 'Zorggarantie Limburg case coordinator (intake Mon, Wed, Thu): takes up referrals.',
    },
  },
  {
    key: 'coordinator-ilse',
    name: 'Ilse Vermeulen',
    email: 'ilse.vermeulen@zorggarantie-limburg.example.be',
    phone: '011 30 40 52',
    role: 'case_coordinator',
    organizationKey: 'zorggarantie-limburg',
    about: {
      nl: 'Casuscoördinator Zorggarantie Limburg (intakedienst di, vr).',
      en: 'Zorggarantie Limburg case coordinator (intake Tue, Fri).',
    },
  },
  {
    key: 'ocj-intake',
    name: 'Jan Goossens',
    email: 'jan.goossens@ocj-limburg.demo.omringd.be',
    phone: '011 40 50 60',
    role: 'case_coordinator',
    organizationKey: 'ocj-limburg',
    about: {
      nl: 'Intake OCJ Limburg: neemt aanmeldingen voor Veilig en omringd opgroeien van in de buik op.',
      en: 'OCJ Limburg intake: takes up referrals to Veilig en omringd opgroeien van in de buik.',
    },
  },
  {
    key: 'network',
    name: 'Karen Dewitte',
    email: 'karen.dewitte@netwerk-limburg.demo.omringd.be',
    phone: '011 50 60 70',
    role: 'network_coordinator',
    organizationKey: 'zorggarantie-limburg',
    regionProvinces: ['VLI'],
    about: {
      nl: 'Netwerkcoördinator Limburg: houdt de sociale kaart en de programma’s bij, ziet aanmeldingen die niemand bereiken.',
      en: 'Limburg network coordinator: keeps the social map and programmes, sees referrals that reach no one.',
    },
  },
  {
    key: 'admin',
    name: 'Pieter Maes',
    email: 'pieter.maes@zorggarantie-limburg.demo.omringd.be',
    phone: '011 50 60 71',
    role: 'administrator',
    organizationKey: 'zorggarantie-limburg',
    about: {
      nl: 'Beheerder: nodigt mensen uit en beslist wie welke rol krijgt.',
      en: 'Administrator: invites people and decides who gets which role.',
    },
  },
  {
    key: 'parent-fatima',
    name: 'Fatima El Amrani',
    email: 'fatima.elamrani@gezin.demo.omringd.be',
    phone: '',
    role: 'parent',
    organizationKey: 'zorggarantie-limburg',
    about: {
      nl: 'Mama van Noor: leest jullie gezinsplan in het gezinsportaal en schrijft er zelf in.',
      en: "Noor's mother: reads the family plan in the family portal and writes in it herself.",
    },
  },
  {
    key: 'supporter-samira',
    name: 'Samira El Amrani',
    email: 'samira.elamrani@netwerk.demo.omringd.be',
    phone: '',
    role: 'supporter',
    organizationKey: 'zorggarantie-limburg',
    about: {
      nl: 'Tante van Noor: ziet de afspraken waarin zij een rol heeft, en haar volgende zorgtafel.',
      en: "Noor's aunt: sees the agreements she has a part in, and her next care table.",
    },
  },
];

/** The demo's parents, each linked to the family whose details name them (by the same name). */
export const demoParents = demoCast.filter((p) => p.role === 'parent');

/** The demo's supporters, each linked to the network person of the same name ("Tante Samira"). */
export const demoSupporters = demoCast.filter((p) => p.role === 'supporter');
