import * as migration_20261122_224421_initial from './20261122_224421_initial'
import * as migration_20261123_014403_embassy_portal from './20261123_014403_embassy_portal'
import * as migration_20261123_024238_trash from './20261123_024238_trash'
import * as migration_20261202_005322_sign_in_lanes from './20261202_005322_sign_in_lanes'
import * as migration_20261202_045501_image_storage_fields from './20261202_045501_image_storage_fields'
import * as migration_20261202_052602_search_and_indexes from './20261202_052602_search_and_indexes'
import * as migration_20261202_085738_screening_label_index from './20261202_085738_screening_label_index'
import * as migration_20261202_130720_names_in_every_script from './20261202_130720_names_in_every_script'
import * as migration_20261202_174012_screening_visibility from './20261202_174012_screening_visibility'
import * as migration_20261202_174013_festival_reports from './20261202_174013_festival_reports'

export const migrations = [
  {
    up: migration_20261122_224421_initial.up,
    down: migration_20261122_224421_initial.down,
    name: '20261122_224421_initial',
  },
  {
    up: migration_20261123_014403_embassy_portal.up,
    down: migration_20261123_014403_embassy_portal.down,
    name: '20261123_014403_embassy_portal',
  },
  {
    up: migration_20261123_024238_trash.up,
    down: migration_20261123_024238_trash.down,
    name: '20261123_024238_trash',
  },
  {
    up: migration_20261202_005322_sign_in_lanes.up,
    down: migration_20261202_005322_sign_in_lanes.down,
    name: '20261202_005322_sign_in_lanes',
  },
  {
    up: migration_20261202_045501_image_storage_fields.up,
    down: migration_20261202_045501_image_storage_fields.down,
    name: '20261202_045501_image_storage_fields',
  },
  {
    up: migration_20261202_052602_search_and_indexes.up,
    down: migration_20261202_052602_search_and_indexes.down,
    name: '20261202_052602_search_and_indexes',
  },
  {
    up: migration_20261202_085738_screening_label_index.up,
    down: migration_20261202_085738_screening_label_index.down,
    name: '20261202_085738_screening_label_index',
  },
  {
    up: migration_20261202_130720_names_in_every_script.up,
    down: migration_20261202_130720_names_in_every_script.down,
    name: '20261202_130720_names_in_every_script',
  },
  {
    up: migration_20261202_174012_screening_visibility.up,
    down: migration_20261202_174012_screening_visibility.down,
    name: '20261202_174012_screening_visibility',
  },
  {
    up: migration_20261202_174013_festival_reports.up,
    down: migration_20261202_174013_festival_reports.down,
    name: '20261202_174013_festival_reports',
  },
]
