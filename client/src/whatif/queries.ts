// What-if operations: a run (from events or a saved scenario), saved scenarios and comparison.
import { graphql } from '../generated/gql.js';

export const ImpactQuery = graphql(`
  query Impact($events: [ImpactEventInput!], $scenario: ID, $first: Int!, $asAt: PartialDate) {
    impact(events: $events, scenario: $scenario, asAt: $asAt) {
      graphVersion
      asAt
      totalAffected
      headline {
        servicesDown
        servicesDegraded
        servicesExposed
        plansAtRisk
      }
      events {
        type
        id
        hours
        date
      }
      counts {
        kind
        state
        count
      }
      breaches {
        node {
          id
          kind
          name
        }
        rtoHours
        downHours
      }
      affected(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            node {
              id
              kind
              name
            }
            state
            downHours
            indefinitelyDown
            explanation {
              node {
                id
                kind
                name
              }
              state
              relationship {
                id
                from
                type
                to
              }
              hop {
                text
                inferred
                provenance {
                  document
                  title
                  section
                  quote
                }
              }
              lost {
                id
                name
              }
              code
              reason
              fallback {
                id
                name
              }
            }
          }
        }
      }
      graph {
        nodes {
          node {
            id
            kind
            name
          }
          state
        }
        relationships {
          id
          from
          type
          to
        }
      }
    }
  }
`);

export const ScenariosQuery = graphql(`
  query Scenarios {
    scenarios {
      id
      name
      description
      version
      updatedAt
      events {
        type
        id
        hours
        date
      }
    }
  }
`);

export const SaveScenarioMutation = graphql(`
  mutation SaveScenario($input: ScenarioInput!) {
    saveScenario(input: $input) {
      id
      name
      version
    }
  }
`);

export const CompareScenariosQuery = graphql(`
  query CompareScenarios($a: ID!, $b: ID!, $asAt: PartialDate) {
    compareScenarios(a: $a, b: $b, asAt: $asAt) {
      newlyAffected {
        node {
          id
          kind
          name
        }
        state
      }
      noLongerAffected {
        node {
          id
          kind
          name
        }
        state
      }
      stateChanges {
        node {
          id
          kind
          name
        }
        from
        to
      }
    }
  }
`);
