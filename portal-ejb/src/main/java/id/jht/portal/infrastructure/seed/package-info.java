/** Loading the demo data set into an empty database on first start. */
package id.jht.portal.infrastructure.seed;
