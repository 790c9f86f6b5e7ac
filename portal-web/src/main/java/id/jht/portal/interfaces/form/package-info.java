/**
 * What a person or a channel types to name a participant, shared by the web forms and the REST
 * requests so that the fields are declared once; likewise the admin pages' period ({@code
 * PeriodForm}) and name in both languages ({@code BilingualNameForm}). Plain holders: the domain's
 * value objects ({@code Nik}, {@code Kpj}) validate what is typed, in the application layer;
 * nothing here depends on Faces or JAX-RS.
 */
package id.jht.portal.interfaces.form;
