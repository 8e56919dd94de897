// GraphQL for the data-quality view: what the graph does not know and an answer needs.
export const qualityTypeDefs = /* GraphQL */ `
  "Nodes missing something an answer needs: how many, and the first of them in name order."
  type NodeGap {
    totalCount: Int!
    items: [Node!]!
  }

  "A relationship that its sources only imply, with both ends."
  type InferredLink {
    relationship: Relationship!
    from: Node!
    to: Node!
  }

  type InferredLinkGap {
    totalCount: Int!
    items: [InferredLink!]!
  }

  "What the graph does not know and an answer needs, as stored today (every date)."
  type DataQuality {
    "Contracts with no end date: the contract horizon cannot warn of their lapse."
    contractsWithoutEnd: NodeGap!
    "Contracts with no notice period: the horizon cannot say when to give notice."
    contractsWithoutNotice: NodeGap!
    "Systems with no recovery objective: no breach can be reported for them."
    systemsWithoutRecoveryObjective: NodeGap!
    "Systems of high or critical criticality hosted at no site: a site's failure cannot reach them."
    criticalSystemsWithoutHost: NodeGap!
    "Relationships that every source only implies."
    inferredLinks: InferredLinkGap!
    "Nodes that cite no source."
    nodesWithoutSource: NodeGap!
  }

  extend type Query {
    "What the graph does not know and an answer needs; each list holds its first \`first\` items."
    dataQuality(first: Int = 100): DataQuality!
  }
`;
