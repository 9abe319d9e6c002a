package com.partnerlifecycle.agreement;

public enum AgreementStatus {

	DRAFT, RETURNED, SIGNED

}
