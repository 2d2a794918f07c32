import { MinistryMark } from './MinistryMark'

/** The admin's navigation icon: the ministry's mark in place of Payload's. */
export function MinistryIcon() {
  return <MinistryMark size={28} />
}
