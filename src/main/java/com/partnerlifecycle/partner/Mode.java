package com.partnerlifecycle.partner;

/** VENDOR until trust is established by healthy business reviews, then PARTNER. */
public enum Mode {

	VENDOR, PARTNER

}
