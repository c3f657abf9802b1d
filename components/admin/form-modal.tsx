"use client";

import type { ReactNode } from "react";
import { Button, Form, Modal } from "antd";

type Props = {
  title: string;
  open: boolean;
  /** The id of the <form> the OK button submits. */
  formId: string;
  submitting: boolean;
  okText?: string;
  danger?: boolean;
  width?: number;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
};

/** A dialog holding one form; its OK button (and Enter) submits the form. */
export function FormModal({ title, open, formId, submitting, okText = "保存", danger, width, onCancel, onSubmit, children }: Props) {
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onCancel}
      destroyOnHidden
      width={width}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          取消
        </Button>,
        <Button key="ok" type="primary" danger={danger} htmlType="submit" form={formId} loading={submitting}>
          {okText}
        </Button>,
      ]}
    >
      <form
        id={formId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Form layout="vertical" component={false}>
          {children}
        </Form>
      </form>
    </Modal>
  );
}
