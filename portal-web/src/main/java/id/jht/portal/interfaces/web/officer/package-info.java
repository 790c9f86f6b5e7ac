/**
 * Backing beans of the officers' pages (the queue board under /staff/queue) and of the branch's
 * public queue display. They only translate between pages and the application services, which
 * enforce who may see and do what.
 */
package id.jht.portal.interfaces.web.officer;
