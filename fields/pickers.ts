/**
 * How an event is chosen (issue 12): in a drawer listing the events with their days, country,
 * embassy and status (the events list's columns and sort: latest first unless the editor sorted
 * it otherwise), searchable and filterable; once chosen, its days, place and status stay written
 * under the field (components/admin/ChosenEvent). A dropdown of titles cannot tell this year's
 * "Days of Kazakh cinema" from last year's.
 */
export const eventPickerAdmin = {
  appearance: 'drawer' as const,
  components: { afterInput: ['/components/admin/ChosenEvent#ChosenEvent'] },
}

/** Under a film picker, whether each chosen film is licensed where and when it would be shown. */
export const filmLicenceNote = (mode: 'screening' | 'event') => ({
  afterInput: [{ path: '/components/admin/FilmLicenceNote#FilmLicenceNote', clientProps: { mode } }],
})
