import { entitiesOf as entitiesOfFile, extractedFile } from '../../tests/support/extraction';

/** The article file the extractor makes of `text` under a headline. */
function fileOf(text: string, publishedOn = '2021-04-24') {
  return extractedFile(text, publishedOn);
}

function entitiesOf(text: string) {
  return entitiesOfFile(fileOf(text));
}

describe('places and bodies named by what they are', () => {
  it('takes a place named by its kind, in capitals or not, but not a known place or dictionary words', () => {
    const found = entitiesOf(
      'Crowds gathered on Independence Square. A warehouse at the Vrbetice ammunition depot in the hills of the ' +
        'Zlín region blew up. The Dukovany power station stayed open. Officials from the Eastern region and the ' +
        'Moscow region were there. Ships crossed the Black Sea and the Pacific Ocean.',
    );
    const places = found.filter((e) => e.kind === 'Place').map((e) => e.name);
    expect(places).toEqual(
      expect.arrayContaining([
        'Independence Square',
        'Vrbetice ammunition depot',
        // Zlín is a town: its region is not.
        'Zlín region',
        'Dukovany power station',
        'Black Sea',
        'Pacific Ocean',
      ]),
    );
    expect(places).not.toContain('Eastern region');
    expect(places).not.toContain('Moscow region');
  });

  it('takes venues named by their kind, head last or first, and a seat of government where something is held', () => {
    const file = fileOf(
      'The two men met at the Capella hotel on Sentosa island. Talks at the Palace of Independence ' +
        'lasted all night, and the leaders later met at Villa La Grange. A column moved north along the M4 ' +
        'motorway. Macron hosted them at the Élysée Palace. The Élysée Palace said the talks went well.',
    );
    const named = (kind: string) =>
      file.entities.filter((e) => e.kind === kind).map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(named('Place')).toEqual([
      ['Capella hotel', ['Capella hotel']],
      // An island is called by its name alone too.
      ['Sentosa', ['Sentosa island']],
      ['Palace of Independence', ['Palace of Independence']],
      ['Villa La Grange', ['Villa La Grange']],
      ['M4 motorway', ['M4 motorway']],
      ['Élysée Palace', ['Élysée Palace']],
    ]);
    // The palace that speaks is the presidency it houses.
    expect(named('Organization')).toEqual([['Élysée Palace', ['Élysée Palace']]]);
  });

  it('takes the line where the sides meet as a place of the country the story is about, not a front line of anything else', () => {
    const found = entitiesOf(
      'Ukraine and Russia agreed to pull back forces from three sections of the front line. Ukraine wants new ' +
        'crossing points along the line of contact. Troops left the frontline village of Petrivske. Ukraine and ' +
        'Russia will talk again. Ukraine is on the front line of the fight against corruption.',
    );
    expect(found.filter((e) => e.name.startsWith('Line of contact'))).toEqual([
      { kind: 'Place', name: 'Line of contact in Ukraine', words: ['the front line', 'the line of contact'] },
    ]);
    // In a story about no one country, no line is placed.
    expect(entitiesOf('Armenia and Azerbaijan agreed to stop at the line of contact.').map((e) => e.name)).toEqual([
      'Armenia',
      'Azerbaijan',
    ]);
  });

  it('takes a state no one recognises as a body, never its last word as a person, nor a word for its people as its name', () => {
    const found = entitiesOf(
      "Alexander Zakharchenko of the self-proclaimed Donetsk People's Republic signed. The Donetsk People's " +
        "Republic said so. Fighters of the Luhansk People's Republic left. The Czech Republic agreed.",
    );
    expect(found.filter((e) => e.kind !== 'Person' || e.name !== 'Alexander Zakharchenko')).toEqual([
      {
        kind: 'Organization',
        name: "Donetsk People's Republic",
        words: ["Donetsk People's Republic", "Donetsk People's Republic"],
      },
      { kind: 'Organization', name: "Luhansk People's Republic", words: ["Luhansk People's Republic"] },
      { kind: 'Country', name: 'Czechia', words: ['Czech Republic'] },
    ]);
  });

  it('takes a seat of power named by what it is and its town as a place in that town', () => {
    const file = fileOf(
      'Protesters broke into the government building in Yerevan. The government resigned.',
      '2020-11-10',
    );
    const building = file.entities.find((e) => e.name === 'Government building in Yerevan');
    expect(building?.mentions.map((m) => m.text)).toEqual(['the government building']);
    expect(file.relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.from} ${r.to}`)).toEqual([
      'place:government-building-in-yerevan place:yerevan',
    ]);
  });

  it('takes the border one country has with another as one place, whichever side names it', () => {
    const borders = entitiesOf(
      'Kyiv would regain full control of its border with Russia only after elections. Russia closed its ' +
        "border with Ukraine. Ukraine's border with Russia is long. A helicopter was downed near the border with Nakhchivan.",
    ).filter((e) => e.name.endsWith('border'));
    expect(borders).toEqual([
      {
        kind: 'Place',
        name: 'Russia–Ukraine border',
        words: ['its border with Russia', 'its border with Ukraine', "Ukraine's border with Russia"],
      },
    ]);
  });

  it('takes a fleet or a military district as a body, not the sea it is named after', () => {
    const found = entitiesOf(
      'Fighters entered the headquarters of the Southern Military District. The Black Sea Fleet sailed. Ships crossed the Black Sea.',
    );
    expect(found.map((e) => [e.kind, e.name, e.words])).toEqual([
      ['Organization', 'Southern Military District', ['Southern Military District']],
      ['Organization', 'Black Sea Fleet', ['Black Sea Fleet']],
      ['Place', 'Black Sea', ['Black Sea']],
    ]);
  });

  it('takes a site named after a known town as a place of its own, not the town', () => {
    const found = entitiesOf(
      'Shelling hit near the Kursk nuclear power station. He was held at the Lefortovo detention centre in Moscow.',
    );
    expect(found.filter((e) => e.kind !== 'Organization')).toEqual([
      { kind: 'Place', name: 'Kursk nuclear power station', words: ['Kursk nuclear power station'] },
      { kind: 'Place', name: 'Lefortovo detention centre', words: ['Lefortovo detention centre'] },
      { kind: 'Place', name: 'Moscow', words: ['Moscow'] },
    ]);
  });

  it('takes a town of the gazetteer, but not for a named person’s surname, a region named after it or a longer name', () => {
    const found = entitiesOf(
      'Wagner fighters moved from Bakhmut towards Voronezh. John Bolton said so; Bolton added more. The Voronezh ' +
        "region governor spoke. Fighting went on in the Donetsk and Luhansk regions and in the Donetsk People's Republic.",
    );
    const named = (kind: string) => found.filter((e) => e.kind === kind);
    expect(named('Place').map((e) => [e.name, e.words])).toEqual([
      ['Bakhmut', ['Bakhmut']],
      ['Voronezh', ['Voronezh']],
      ['Voronezh region', ['Voronezh region']],
      ['Donetsk region', ['Donetsk']],
      ['Luhansk region', ['Luhansk']],
    ]);
    expect(named('Person').map((e) => [e.name, e.words])).toEqual([['John Bolton', ['John Bolton', 'Bolton']]]);
  });

  it('takes each name before one plural kind of area as a region, the town’s name no other name of it', () => {
    const file = fileOf(
      'Troops entered the Idlib, Hama and Latakia provinces. The Northern and Southern districts voted.',
    );
    const places = file.entities.filter((e) => e.kind === 'Place');
    // Idlib is a town, so its province is named with its kind; "Latakia" is also a tobacco.
    expect(places.map((e) => e.name)).toEqual(['Idlib province', 'Hama', 'Latakia']);
    expect(places[0]!.aliases).toEqual([]);
  });

  it('knows regions news names alone, but not one inside a longer name', () => {
    const found = entitiesOf(
      'The war over Nagorno-Karabakh was fought in the mountains of the South Caucasus. Karabakh is quiet. ' +
        'The Council of Europe met, and Middle East Eye reported it.',
    );
    expect(found.filter((e) => e.kind === 'Place')).toEqual([
      { kind: 'Place', name: 'Nagorno-Karabakh', words: ['Nagorno-Karabakh', 'Karabakh'] },
      { kind: 'Place', name: 'South Caucasus', words: ['South Caucasus'] },
    ]);
  });

  it('takes each name of a list after a place, or before a plural kind of place, and an exclave a country owns', () => {
    const found = entitiesOf(
      'Missiles struck the port of Odesa. Ships will sail from Odesa, Chornomorsk and Pivdennyi. Armenia hands the ' +
        "Agdam, Kalbajar and Lachin districts back to Azerbaijan. A route crosses Armenia to Azerbaijan's Nakhchivan " +
        'exclave. Talks with Russia, Turkey and Iran went on.',
    );
    const places = found.filter((e) => e.kind === 'Place').map((e) => e.name);
    // Odesa is a town of the gazetteer, named as English-language news spells it.
    expect(places).toEqual(['Odesa', 'Chornomorsk', 'Pivdennyi', 'Agdam', 'Kalbajar', 'Lachin', 'Nakhchivan']);
    expect(found.some((e) => e.kind === 'Person')).toBe(false);
  });

  it('takes an unknown name an apposition calls a body, with the apposition as its mention', () => {
    const found = entitiesOf('Ministers said that Rosatom, the Russian state nuclear company, should be kept out.');
    expect(found).toContainEqual({
      kind: 'Organization',
      name: 'Rosatom',
      words: ['Rosatom', 'the Russian state nuclear company'],
    });
  });

  it('takes the last words of a body’s name, named before, for that body, when no other body’s name ends in them', () => {
    const found = entitiesOf(
      'The text carries the signatures of the Trilateral Contact Group. An older text was signed by the same ' +
        'Contact Group. The Iranian Supreme National Security Council and the Russian National Security Council ' +
        'met; the National Security Council said nothing.',
    ).filter((e) => e.kind === 'Organization');
    expect(found.find((e) => e.name === 'Trilateral Contact Group')?.words).toEqual([
      'Trilateral Contact Group',
      'Contact Group',
    ]);
    expect(found.map((e) => e.name)).not.toContain('Contact Group');
    // Two longer names end in it: neither is meant.
    expect(found.map((e) => e.name)).toContain('National Security Council');
  });

  it('takes an armed body named by its kind, its name alone for it, and its name with "Group" as the same body', () => {
    const found = entitiesOf(
      'Andrei Troshev, head of the Redut mercenary group, said Redut fighters had taken Rostov. ' +
        'The Redut Group fell silent.',
    );
    expect(found.filter((e) => e.kind === 'Organization')).toEqual([
      { kind: 'Organization', name: 'Redut Group', words: ['Redut mercenary group', 'Redut', 'Redut Group'] },
    ]);
    // A group the gazetteer knows is that one by its name alone, and not in a person's name.
    expect(
      entitiesOf('Wagner fighters took Rostov. The composer Richard Wagner was German.').filter(
        (e) => e.kind === 'Organization' || e.kind === 'Person',
      ),
    ).toEqual([
      { kind: 'Organization', name: 'Wagner Group', words: ['Wagner'] },
      { kind: 'Person', name: 'Richard Wagner', words: ['Richard Wagner'] },
    ]);
  });

  it('takes a military unit known by its number as one body however it is written', () => {
    const found = entitiesOf('The officers belonged to unit 29155 of the GRU. Unit 29155 was named in 2019.');
    expect(found).toContainEqual({ kind: 'Organization', name: 'Unit 29155', words: ['unit 29155', 'Unit 29155'] });
  });
});
