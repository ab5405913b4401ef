/**
 * Ratings of something that is not a case (好差评 "一次一评"): a module invites a person to rate what it did for
 * them, for instance a training session they attended or a visit at the hall's counter, through the optional
 * {@link org.onestop.api.ratings.RatingRequests} service of the ratings bundle, with a
 * {@link org.onestop.api.ratings.RatingSubject}. The person is told in the app and by mail, rates on the ratings
 * pages, and the rating counts in the satisfaction statistics and the follow-up of bad reviews like a case's. Cases
 * declare their ratings through {@link org.onestop.api.cases.RatingInvitation} instead.
 */
@Export
@Version("1.0.0")
package org.onestop.api.ratings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
