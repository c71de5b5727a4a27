/** The Dragoman application: command line and, later, the server and web app. */
package org.dragoman.app;
