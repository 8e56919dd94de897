// The contracts timeline's operation: contracts ending in the window, and what is live on the as-at date.
import { graphql } from '../generated/gql.js';

export const ContractHorizonQuery = graphql(`
  query ContractHorizon($from: PartialDate!, $to: PartialDate!, $asAt: PartialDate!) {
    contractHorizon(from: $from, to: $to, asAt: $asAt) {
      contract {
        id
        name
        ... on Contract {
          supplier
          start
        }
      }
      end
      noticeMonths
      noticeDeadline
      impact {
        totalAffected
        counts {
          kind
          state
          count
        }
        criticalSystems {
          id
          name
        }
        partners {
          id
          name
        }
      }
      addressedBy {
        id
        name
      }
      replacedBy {
        id
        name
      }
    }
    asAt(date: $asAt) {
      date
      liveContracts {
        id
        name
        ... on Contract {
          supplier
          end
        }
      }
      endedContracts {
        id
        name
        ... on Contract {
          supplier
          end
        }
      }
      systemsWithoutLiveContract {
        system {
          id
          name
        }
        contracts {
          id
          name
        }
      }
    }
  }
`);
