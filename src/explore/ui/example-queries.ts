/**
 * The GraphQL IDE's preloaded tabs: the README's examples, each with a comment that says what it
 * asks. tests/browser/graphql-ide.browser.test.ts runs every one against the seed article.
 */
export interface ExampleQuery {
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'The joint statement',
    query: `# The points of the joint statement, who agreed to each, and the words that say so.
# Press the run button (or Ctrl-Enter); the Docs button on the left shows the schema.
query JointStatement {
  documents(where: { id: { eq: "document:joint-statement" } }) {
    name
    issuedBy {
      name
    }
    claims(sort: [{ text: ASC }]) {
      text
      agreedBy {
        name
      }
      evidenceConnection {
        edges {
          properties {
            text
          }
        }
      }
    }
  }
}
`,
  },
  {
    title: 'When Putin and Trump first met',
    query: `# When and where Putin and Trump first met. The date is inferred from "in July";
# dateBasis says how.
query FirstMeeting {
  events(where: { id: { eq: "event:putin-trump-first-meeting" } }) {
    name
    dateValue
    datePrecision
    dateInferred
    dateBasis
    occurredIn {
      name
    }
    partOf {
      name
    }
    participantsConnection {
      edges {
        properties {
          role
          text
        }
        node {
          name
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Timeline, search and connection',
    query: `# An entity's timeline, search across entities, claims and quotes, and the shortest chain
# of facts between two people, each step with its evidence.
query TimelineSearchConnection {
  timeline(entityId: "person:vladimir-putin") {
    dateValue
    name
    status
  }
  search(query: "ISIL") {
    kind
    id
    label
  }
  connection(fromId: "person:sergey-lavrov", toId: "person:dmitry-peskov") {
    length
    steps {
      from {
        name
      }
      relationship
      to {
        name
      }
      evidence
    }
  }
}
`,
  },
  {
    title: 'Trump quoted, and evidence by id',
    query: `# What Trump is quoted as saying, and the evidence of a claim by its id.
query TrumpQuotes {
  quotes(where: { speaker: { some: { id: { eq: "person:donald-trump" } } } }, sort: [{ start: ASC }]) {
    text
    expresses {
      text
    }
  }
  evidence(id: "claim:rt-2017-11-11-putin-trump-syria-joint-statement/no-military-solution") {
    sentence
    text
    start
    end
  }
}
`,
  },
  {
    title: 'Roles as of the article date',
    query: `# The roles of Lavrov, Tillerson and Peskov, as of the article's date.
query Roles {
  people(where: { name: { in: ["Sergey Lavrov", "Rex Tillerson", "Dmitry Peskov"] } }) {
    name
    rolesInCountriesConnection {
      edges {
        properties {
          title
          asOf
        }
        node {
          name
        }
      }
    }
    rolesInOrganizationsConnection {
      edges {
        properties {
          title
          asOf
        }
        node {
          name
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Everything linked to Syria',
    query: `# Everything linked to Syria, each with its evidence sentence (the graph view at /explore
# draws this). Change $entityId in the Variables pane below.
query EntityLinks($entityId: ID! = "country:syria") {
  entityLinks(entityId: $entityId, limit: 20) {
    relationship
    direction
    otherName
    otherKind
    evidence
    sentence
  }
}
`,
  },
];
