import { describe, expect, it } from 'vitest';
import { loadUnderstand } from '../../../src/core/content.js';
import { repoRoot } from './fixture.js';

// round 5b of issue 13: questions that describe an office by what it does for whom (advises employers, lists the
// offices, sent the new hire) instead of naming it; frames of data/matching/plain-language.json (own sentences)
const { understand } = loadUnderstand(repoRoot);
const first = (question: string): string | undefined => understand(question).topics[0]?.id;
const firstThree = (question: string): string[] => understand(question).topics.slice(0, 3).map((t) => t.id);

const OFFICES: [question: string, topic: string][] = [
  // an office that advises or guides employers is the EAA, also without a word of disability
  ['Gibt es eine Beratungsstelle, die Unternehmer unabhängig berät?', 'eaa'],
  ['Kennen Sie eine Anlaufstelle, die Betriebe wie unseren durch die Anträge lotst?', 'eaa'],
  ['Is there an office that advises employers free of charge?', 'eaa'],
  // someone who explains the support or the offices to the employer is the EAA, not the bot's help text
  ['Wer kann mir als Chef mal die ganzen Zuschüsse erklären?', 'eaa'],
  ['Could someone explain the funding options to us? We are a small bakery.', 'eaa'],
  // a hire the agency sent, and a work aid for that hire: the agency's Arbeitshilfen
  ['Das Jobcenter hat uns einen Lageristen vermittelt. Er ist schwerhörig und braucht ein besonderes Telefon. Wer bezahlt das?', 'arbeitshilfen-ba'],
  // a list or map of the offices is the Wegweiser
  ['Gibt es irgendwo eine Übersicht über alle Anlaufstellen zum Thema Behinderung und Arbeit in NRW?', 'wegweiser-ansprechstellen'],
];

// a helper word with the employee as recipient is an assistant, also an Assistentin or Hilfskraft (as an occupation: none)
const ROLES: [question: string, topic: string][] = [
  ['Unsere blinde Sachbearbeiterin braucht eine Hilfskraft, die ihr die Briefe vorliest.', 'arbeitsassistenz'],
  ['Wir brauchen eine Assistentin für unseren gehörlosen Mitarbeiter, die ihm bei Telefonaten hilft.', 'arbeitsassistenz'],
  // an easier apprenticeship some words away from its name is the Fachpraktiker training
  ['Ein Schulabgänger mit Behinderung möchte bei uns eine Ausbildung machen, aber mit weniger Theorie. Was geht?', 'fachpraktikerausbildung'],
  ['A young woman with a disability wants to train with us as a cook, but she needs an easier kind of apprenticeship.', 'fachpraktikerausbildung'],
  // a GdB below 50 beside a dismissal asks about the dismissal
  ['Die Reinigungskraft hat einen GdB von 40. Können wir ihr trotzdem kündigen?', 'kuendigungsschutz'],
  // an own employee who can no longer keep up and whom the employer wants to keep (message): the BSZ
  ['Unsere Verkäuferin hat MS und schafft nicht mehr so viel wie früher. Wir möchten sie gern behalten. Gibt es Unterstützung?', 'beschaeftigungssicherungszuschuss'],
  // a wheelchair user who is to start work: a barrier-free workplace
  ['Ein Rollstuhlfahrer fängt nächsten Monat bei uns im Lager an. Was brauchen wir?', 'arbeitsplatzausstattung'],
];

// the same words without the role
const NOT_OFFICES: [question: string, notTopic: string][] = [
  ['Ein neuer Kollege ist langsamer als die anderen. Wir wollen ihn behalten. Gibt es Geld?', 'beschaeftigungssicherungszuschuss'],
  ['Wir suchen eine Assistentin für die Geschäftsführung. Eine Bewerberin ist schwerbehindert. Was müssen wir beachten?', 'arbeitsassistenz'],
  ['Unsere Lageristin war lange in der Reha. Hat die Rentenversicherung jemanden, der uns Arbeitgeber dazu berät?', 'eaa'],
  ['Wie berät die Schwerbehindertenvertretung die Kollegen mit Behinderung?', 'eaa'],
  ['Unser Mitarbeiter mit Sehbehinderung braucht eine neue Tastatur. Wer zahlt das?', 'arbeitshilfen-ba'],
];

describe('an office described by what it does names it', () => {
  it.each(OFFICES)('%s → %s', (question, topic) => {
    expect(first(question)).toBe(topic);
  });
});

describe('a person in a role names the programme', () => {
  it.each(ROLES)('%s → %s', (question, topic) => {
    expect(first(question)).toBe(topic);
  });
});

describe('no role, no office', () => {
  it.each(NOT_OFFICES)('%s is not %s', (question, notTopic) => {
    expect(first(question)).not.toBe(notTopic);
  });
});

// the agency's aids in English and the Gleichstellung of someone not severely disabled who fears for the job come among
// the first three (the Inklusionsamt's own aids and the BEM may lead)
const AMONG_THREE: [question: string, topic: string][] = [
  ['Unser Fahrer hat Rheuma und fürchtet, dass wir ihn kündigen. Er ist nicht schwerbehindert. Was kann er tun?', 'gleichstellung'],
  ['The job centre sent us a blind clerk. He needs a screen reader software. Who pays for it?', 'arbeitshilfen-ba'],
];

describe('named among the first three', () => {
  it.each(AMONG_THREE)('%s → %s', (question, topic) => {
    expect(firstThree(question)).toContain(topic);
  });
});
