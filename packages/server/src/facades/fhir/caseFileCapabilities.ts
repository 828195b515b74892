/** What the CapabilityStatement says of the case file's resources. */
export function caseFileCapabilities(base: string): Record<string, unknown>[] {
  const episode = {
    name: 'episode-of-care',
    definition: `${base}/SearchParameter/episode-of-care`,
    type: 'reference',
    documentation: 'The case (EpisodeOfCare) the resource belongs to.',
  };
  return [
    { type: 'EpisodeOfCare', interaction: [{ code: 'read' }, { code: 'search-type' }] },
    { type: 'CareTeam', interaction: [{ code: 'read' }] },
    {
      type: 'RelatedPerson',
      interaction: [{ code: 'read' }, { code: 'search-type' }],
      searchParam: [episode],
    },
    { type: 'Observation', interaction: [{ code: 'search-type' }], searchParam: [episode] },
    { type: 'Appointment', interaction: [{ code: 'search-type' }], searchParam: [episode] },
    {
      type: 'CarePlan',
      interaction: [{ code: 'read' }, { code: 'search-type' }],
      searchParam: [episode],
      documentation:
        'Each version of the plan is three CarePlans: Plan A (intent plan) and B and C (intent option, part of A); a version replaces the one before.',
    },
    {
      type: 'Goal',
      interaction: [{ code: 'read' }, { code: 'search-type' }],
      searchParam: [episode],
    },
  ];
}
