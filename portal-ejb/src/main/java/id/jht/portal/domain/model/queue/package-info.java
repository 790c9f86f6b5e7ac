/** Queue tickets: a numbered place in a branch's queue for one working day and session. */
package id.jht.portal.domain.model.queue;
